# generated case: rule=PY-TRUST-BOUNDARY source=djmeta propagation=helper_strip sink=v0 expected=true
from django.http import JsonResponse


def do_something(value):
    cleaned = value.strip()
    return cleaned


def handle_trustbound(request):
    param = request.META.get("HTTP_X_P", "")
    bar = do_something(param)
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
