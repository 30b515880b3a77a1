"""The team's own test phrases for the safeguarding screen, per language and category.

Written as people write: short, sometimes without accents or apostrophes, sometimes with a
negation ("he doesn't hit me any more" must still flag). BENIGN holds ordinary feedback that
must not flag. Drafts by the team; a native speaker should add phrasings they hear.
`python -m tests.unit.easyread.safeguarding_phrases` prints the detection rate per language.
"""
from __future__ import annotations

PHRASES: dict[str, dict[str, list[str]]] = {
    "en": {
        "physical-abuse": ["my carer hits me", "He hiiits me when nobody is there",
                           "she pushes me and it hurts me", "he doesnt hit me any more"],
        "sexual-abuse": ["he touches my private parts", "He touched me down there",
                         "she makes me do sex things"],
        "financial-abuse": ["my son takes my pension", "they take my money",
                            "she wont let me have my money"],
        "emotional-abuse": ["he laughs at me and calls me stupid", "I am scared of my carer",
                            "she says im useless"],
        "neglect": ["nobody gives me food some days", "I go hungry", "they forgot my tablets again",
                    "No one comes to help me get up"],
        "self-harm": ["I cut myself", "I have been hurting myself again"],
        "suicide": ["I dont want to be alive any more", "I want to die", "I wish I wasnt here",
                    "i just want to end it all"],
        "danger": ["I dont feel safe at home", "please help me", "I fell and couldnt get up"],
    },
    "pl": {
        "physical-abuse": ["Mój opiekun mnie bije", "syn bije mnie codziennie",
                           "Opiekunka mnie popycha", "zostałam pobita", "on juz mnie nie bije"],
        "sexual-abuse": ["dotyka mnie tam, a ja nie chcę", "zmusza mnie do seksu",
                         "molestował mnie"],
        "financial-abuse": ["syn zabiera mi pieniądze", "opiekunka zabrała moją emeryturę",
                            "nie daje mi moich pieniędzy", "kaze mi podpisac papiery"],
        "emotional-abuse": ["boję się mojego opiekuna", "krzyczy na mnie cały czas",
                            "mówi, że jestem głupi", "nie pozwala mi wychodzić"],
        "neglect": ["nikt mi nie daje jeść", "nie dostaję jedzenia", "zostawia mnie samą w łóżku",
                    "ciągle jestem głodna"],
        "self-harm": ["tnę się", "robię sobie krzywdę"],
        "suicide": ["chcę się zabić", "nie chcę już żyć", "chce umrzec", "mysle o samobojstwie"],
        "danger": ["nie czuję się bezpiecznie w domu", "ratunku", "upadłam i nie mogłam wstać"],
    },
    "cy": {
        "physical-abuse": ["Mae e'n fy nharo i", "mae hi'n fy mrifo i", "cefais fy nghuro",
                           "mae fy mab yn fy ngwthio"],
        "sexual-abuse": ["mae e'n cyffwrdd â fi mewn lle preifat", "cafodd fy nhreisio"],
        "financial-abuse": ["mae fy mab yn cymryd fy arian", "mae hi'n cadw fy ngherdyn",
                            "mae fy arian yn diflannu"],
        "emotional-abuse": ["mae arna i ofn y gofalwr", "mae e'n gweiddi arna i",
                            "mae hi'n fy mygwth i"],
        "neglect": ["neb yn rhoi bwyd i mi", "does dim bwyd yn y tŷ", "maen nhw'n anghofio fy nhabledi",
                    "maen nhw'n gadael fi ar fy mhen fy hun"],
        "self-harm": ["dw i'n brifo fy hun", "dw i'n torri fy hun"],
        "suicide": ["dw i eisiau marw", "dw i ddim eisiau byw", "dw i'n meddwl am ladd fy hun"],
        "danger": ["dw i ddim yn teimlo'n ddiogel", "helpwch fi", "syrthiais a methu codi"],
    },
    "ro": {
        "physical-abuse": ["Fiul meu mă bate", "ma loveste cand suntem singuri",
                           "m-a împins pe scări", "am vânătăi pe mâini"],
        "sexual-abuse": ["mă atinge acolo și nu vreau", "m-a violat", "abuz sexual"],
        "financial-abuse": ["îmi ia banii", "mi-a luat pensia", "nu mă lasă să folosesc cardul",
                            "ma obliga sa semnez"],
        "emotional-abuse": ["mi-e frică de îngrijitor", "țipă la mine", "spune că sunt proastă",
                            "nu mă lasă să ies din casă"],
        "neglect": ["nimeni nu îmi dă mâncare", "nu primesc mâncare", "mă lasă singură toată ziua",
                    "sunt tot timpul flămând"],
        "self-harm": ["mă tai", "îmi fac rău"],
        "suicide": ["vreau să mor", "nu mai vreau să trăiesc", "ma gandesc sa ma sinucid"],
        "danger": ["nu mă simt în siguranță", "sunt in pericol", "am căzut și nu m-am putut ridica"],
    },
    "ur": {
        "physical-abuse": ["میرا بیٹا مجھے مارتا ہے", "میرا کیئرر مجھے مارتا ہے",
                           "وہ مجھے تھپڑ مارتی ہے", "مجھے دھکا دیتا ہے"],
        "sexual-abuse": ["وہ مجھے غلط طرح سے چھوتا ہے", "میرے ساتھ زیادتی ہوئی"],
        "financial-abuse": ["وہ میرے پیسے لے لیتا ہے", "میری پنشن چھین لیتا ہے",
                            "مجھے میرے پیسے نہیں دیتا"],
        "emotional-abuse": ["مجھے اپنے بیٹے سے ڈر لگتا ہے", "وہ مجھ پر چیختا ہے",
                            "مجھے دھمکیاں دیتا ہے", "مجھے باہر جانے نہیں دیتی"],
        "neglect": ["کوئی مجھے کھانا نہیں دیتا", "مجھے دوائی نہیں ملتی", "مجھے اکیلا چھوڑ دیتے ہیں"],
        "self-harm": ["میں خود کو نقصان پہنچاتا ہوں", "میں اپنے آپ کو کاٹتی ہوں"],
        "suicide": ["میں مرنا چاہتا ہوں", "میں جینا نہیں چاہتی", "خودکشی کا سوچتا ہوں"],
        "danger": ["میں گھر میں محفوظ نہیں ہوں", "میری مدد کریں", "میں خطرے میں ہوں"],
    },
    "ar": {
        "physical-abuse": ["ابني يضربني", "مقدم الرعاية يضربني", "زوجي يدفعني بقوة",
                           "عندي كدمات في يدي"],
        "sexual-abuse": ["يلمسني في أماكن خاصة", "تعرضت للتحرش", "اعتداء جنسي"],
        "financial-abuse": ["يأخذ مالي", "ابني يأخذ معاشي كل شهر", "لا يسمح لي باستخدام بطاقتي"],
        "emotional-abuse": ["أخاف منه", "يصرخ علي كل يوم", "يهددني", "لا يسمح لي بالخروج"],
        "neglect": ["لا أحد يعطيني طعام", "لا يعطيني الدواء", "يتركني وحدي طول اليوم"],
        "self-harm": ["أجرح نفسي", "أؤذي نفسي"],
        "suicide": ["أريد أن أموت", "لا أريد أن أعيش", "أفكر في الانتحار"],
        "danger": ["لا أشعر بالأمان في البيت", "ساعدوني", "أنا في خطر"],
    },
    "pa": {
        "physical-abuse": ["ਮੇਰਾ ਪੁੱਤਰ ਮੈਨੂੰ ਕੁੱਟਦਾ ਹੈ", "ਉਹ ਮੈਨੂੰ ਮਾਰਦਾ ਹੈ", "ਉਹ ਮੈਨੂੰ ਧੱਕਾ ਦਿੰਦੀ ਹੈ",
                           "ਮੈਨੂੰ ਥੱਪੜ ਮਾਰਿਆ"],
        "sexual-abuse": ["ਉਹ ਮੈਨੂੰ ਗਲਤ ਤਰੀਕੇ ਨਾਲ ਛੂਹਦਾ ਹੈ", "ਮੇਰੇ ਨਾਲ ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ ਹੋਇਆ"],
        "financial-abuse": ["ਉਹ ਮੇਰੇ ਪੈਸੇ ਲੈ ਲੈਂਦਾ ਹੈ", "ਮੇਰੀ ਪੈਨਸ਼ਨ ਖੋਹ ਲੈਂਦਾ ਹੈ", "ਮੈਨੂੰ ਪੈਸੇ ਨਹੀਂ ਦਿੰਦਾ"],
        "emotional-abuse": ["ਮੈਨੂੰ ਆਪਣੇ ਪੁੱਤਰ ਤੋਂ ਡਰ ਲੱਗਦਾ ਹੈ", "ਉਹ ਮੇਰੇ ਉੱਤੇ ਚੀਕਦਾ ਹੈ",
                            "ਮੈਨੂੰ ਧਮਕੀਆਂ ਦਿੰਦਾ ਹੈ", "ਮੈਨੂੰ ਬਾਹਰ ਜਾਣ ਨਹੀਂ ਦਿੰਦੀ"],
        "neglect": ["ਕੋਈ ਮੈਨੂੰ ਖਾਣਾ ਨਹੀਂ ਦਿੰਦਾ", "ਮੈਨੂੰ ਦਵਾਈ ਨਹੀਂ ਮਿਲਦੀ", "ਮੈਨੂੰ ਇਕੱਲਾ ਛੱਡ ਦਿੰਦੇ ਹਨ"],
        "self-harm": ["ਮੈਂ ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਂਦਾ ਹਾਂ", "ਮੈਂ ਖੁਦ ਨੂੰ ਕੱਟਦੀ ਹਾਂ"],
        "suicide": ["ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ", "ਮੈਂ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦੀ", "ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਦਾ ਹਾਂ"],
        "danger": ["ਮੈਂ ਘਰ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹਾਂ", "ਮੇਰੀ ਮਦਦ ਕਰੋ", "ਮੈਂ ਖਤਰੇ ਵਿੱਚ ਹਾਂ"],
    },
    "bn": {
        "physical-abuse": ["আমার ছেলে আমাকে মারে", "সে আমাকে থাপ্পড় মারে", "ও আমাকে ধাক্কা দেয়",
                           "কেয়ারার আমাকে মারধর করে"],
        "sexual-abuse": ["সে আমাকে খারাপ ভাবে ছোঁয়", "আমার সাথে যৌন হয়রানি হয়েছে"],
        "financial-abuse": ["সে আমার টাকা নিয়ে নেয়", "আমার পেনশন কেড়ে নেয়", "আমাকে টাকা দেয় না"],
        "emotional-abuse": ["আমি ওকে ভয় পাই", "সে আমার উপর চিৎকার করে", "আমাকে হুমকি দেয়",
                            "আমাকে বাইরে যেতে দেয় না"],
        "neglect": ["কেউ আমাকে খাবার দেয় না", "আমি ওষুধ পাই না", "আমাকে একা ফেলে রাখে"],
        "self-harm": ["আমি নিজেকে আঘাত করি", "আমি নিজের ক্ষতি করি"],
        "suicide": ["আমি মরে যেতে চাই", "আমি বাঁচতে চাই না", "আত্মহত্যার কথা ভাবি"],
        "danger": ["আমি বাড়িতে নিরাপদ না", "আমাকে সাহায্য করুন", "আমি বিপদে আছি"],
    },
}

BENIGN: dict[str, list[str]] = {
    "en": ["Never", "Sometimes", "The leaders of the council will decide in February.",
           "I need help with my shopping", "the bus is a hit with everyone", "I love the food"],
    "pl": ["Autobus jest za późno", "Lubię mój dom", "Opiekunka pomaga mi się ubrać",
           "Potrzebuję pomocy przy zakupach", "Jedzenie jest dobre", "Nigdy"],
    "cy": ["Dw i'n hoffi'r bws", "Mae'r bwyd yn dda", "Mae'r staff yn fy helpu i", "Weithiau",
           "Dw i eisiau mwy o fysiau"],
    "ro": ["Autobuzul vine târziu", "Îmi place mâncarea", "Îngrijitoarea mă ajută să mă îmbrac",
           "Am nevoie de ajutor la cumpărături", "Niciodată"],
    "ur": ["بس دیر سے آتی ہے", "مجھے کھانا پسند ہے", "عملہ میری مدد کرتا ہے", "کبھی نہیں",
           "مجھے مارکیٹ جانا پسند ہے"],
    "ar": ["الحافلة تتأخر", "أحب الطعام هنا", "الموظفون لطفاء", "جنسيتي بريطانية", "أبدا"],
    "pa": ["ਬੱਸ ਦੇਰ ਨਾਲ ਆਉਂਦੀ ਹੈ", "ਮੈਨੂੰ ਖਾਣਾ ਪਸੰਦ ਹੈ", "ਸਟਾਫ਼ ਮੇਰੀ ਮਦਦ ਕਰਦਾ ਹੈ", "ਕਦੇ ਨਹੀਂ"],
    "bn": ["বাস দেরিতে আসে", "আমি খাবার পছন্দ করি", "কর্মীরা আমাকে সাহায্য করে", "কখনো না"],
}


def detection_rates() -> dict[str, tuple[int, int, int]]:
    """lang -> (phrases caught in their own category, phrases, benign phrases flagged)."""
    from easyread.safeguarding import categories

    rates = {}
    for lang, by_category in PHRASES.items():
        caught = total = 0
        for category, phrases in by_category.items():
            for phrase in phrases:
                total += 1
                caught += category in categories(phrase, lang)
        false_alarms = sum(bool(categories(text, lang)) for text in BENIGN[lang])
        rates[lang] = (caught, total, false_alarms)
    return rates


if __name__ == "__main__":
    print("| language | caught | rate | ordinary phrases flagged |\n|---|---|---|---|")
    for lang, (caught, total, false_alarms) in detection_rates().items():
        print(f"| {lang} | {caught}/{total} | {caught / total:.0%} | "
              f"{false_alarms}/{len(BENIGN[lang])} |")
