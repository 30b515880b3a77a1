"""One guard for every step of the journey: `@journey_step` loads the consultation and the
response this browser holds once, refuses a closed consultation where a step needs it open,
and sends a person without a (sent) response to the right place. Views get a `Step`."""
from __future__ import annotations

from dataclasses import dataclass
from functools import wraps

from flask import current_app, redirect, render_template, request, url_for

from app.models import Consultation, Response
from app.participate import services


@dataclass
class Step:
    consultation: Consultation
    response: Response | None


def refused_state(item) -> str | None:
    """The state that stops a step needing an open consultation ('draft', 'upcoming',
    'closed'), or None when it is open today. item: a Consultation or a quick Outline."""
    state = item.state(services.today())
    return None if state == "open" else state


def sends_on(response, sent_only: bool = False) -> bool:
    """True when a step that needs a response must send this person on: they have none,
    or (sent_only) none sent yet. response: a Response or a quick HeldResponse."""
    return response is None or (sent_only and response.status != "sent")


def _address(endpoint: str, slug: str) -> str:
    """The endpoint's address, given the slug only if its rule takes one."""
    name = f"participate{endpoint}" if endpoint.startswith(".") else endpoint
    rule = next(current_app.url_map.iter_rules(name))
    return url_for(endpoint, slug=slug) if "slug" in rule.arguments else url_for(endpoint)


def journey_step(*, open_only: bool = False, without: str | None = None,
                 sent_only: bool = False, fast=None):
    """open_only: a closed consultation gets the "not open" page (409).
    without: where a person with no response (or, with sent_only, no sent one) is sent.
    fast: a quick read tried first for GET; it returns a finished page or None."""
    def decorate(view):
        @wraps(view)
        def step(slug: str, **kwargs):
            if fast is not None and request.method == "GET":
                page = fast(slug, **kwargs)
                if page is not None:
                    return page
            item = services.get_published(slug)
            state = refused_state(item) if open_only else None
            if state is not None:
                return render_template("participate/not_open.html", c=item, state=state), 409
            response = services.current_response(item)
            if without and sends_on(response, sent_only):
                return redirect(_address(without, slug))
            return view(Step(item, response), **kwargs)
        return step
    return decorate
