"""The carer basis and permission check labels have one home (app/carers/labels.py)."""
from app.carers import labels, services
from app.staff import response_page


def test_both_basis_wordings_name_the_same_bases():
    assert labels.BASIS_LABELS.keys() == labels.BASIS_LABELS_FOR_STAFF.keys()


def test_carers_and_staff_use_the_one_set_of_labels():
    assert services.BASIS_LABELS is labels.BASIS_LABELS
    assert services.CHECK_LABELS is response_page.CHECK_LABELS is labels.CHECK_LABELS
