"""Email alerts to the safeguarding team when an answer may show harm (issue 16).

The email says only that a response needs checking and links to it: no answers, no names,
not even the kind of harm. Email can be read by the wrong person; the staff pages need a
login. A failed send is logged and changes nothing else: the response is stored and stays
in the staff safeguarding queue either way.
"""
from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from flask import current_app, url_for

log = logging.getLogger(__name__)


def recipients() -> list[str]:
    raw = current_app.config.get("SAFEGUARDING_ALERT_TO", "")
    return [address.strip() for address in raw.split(",") if address.strip()]


def safeguarding_alert(response_id: int, asked_to_be_contacted: bool = False) -> bool:
    """Send the alert for one response. True when the mail server took it."""
    config = current_app.config
    to = recipients()
    if not config.get("MAIL_SERVER") or not to:
        return False
    link = url_for("staff.response", response_id=response_id, _external=True)
    message = EmailMessage()
    message["Subject"] = (f"Safeguarding: response {response_id} asks to be contacted"
                          if asked_to_be_contacted
                          else f"Safeguarding: response {response_id} needs checking")
    message["From"] = config["MAIL_FROM"]
    message["To"] = ", ".join(to)
    message.set_content(
        "An answer may show signs of harm. Please read it and record what you do.\n"
        + ("The person asked us to contact them.\n" if asked_to_be_contacted else "")
        + f"\nOpen it here (log in first): {link}\n\n"
        "This email holds no answers on purpose.\n")
    try:
        with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=10) as smtp:
            if config.get("MAIL_USE_TLS"):
                smtp.starttls()
            if config.get("MAIL_USERNAME"):
                smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as error:
        log.warning("Safeguarding alert for response %s not sent: %s", response_id, error)
        return False
    return True
