"""The words for a carer's basis and a permission check: the one home of these labels.

Two wordings of the basis, because they serve two readers: the carer reads easy-read words
on their own check page; staff read the legal names on the response record.
"""
from flask_babel import lazy_gettext as _l

# The carer's own words, in easy read (the carer's check page).
BASIS_LABELS = {
    "present": _l("The person was there and said yes"),
    "permission": _l("The person gave permission before, with a code"),
    "lpa": _l("Lasting power of attorney for health and welfare"),
    "deputy": _l("Deputy appointed by the Court of Protection"),
    "best_interests": _l("Best interests: the person cannot decide this"),
}
# The same bases by their legal names, for staff (the response record).
BASIS_LABELS_FOR_STAFF = {
    "present": _l("The person was there and agreed"),
    "permission": _l("Written permission (permission code)"),
    "lpa": _l("Lasting power of attorney for health and welfare"),
    "deputy": _l("Court of Protection deputy"),
    "best_interests": _l("Best interests decision"),
}

CHECK_LABELS = {
    "unchecked": _l("Not checked yet"),
    "checked": _l("Checked"),
    "invalid": _l("Not valid: left out of results"),
}
