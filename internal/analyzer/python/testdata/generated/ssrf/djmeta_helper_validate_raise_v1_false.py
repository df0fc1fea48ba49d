# generated case: rule=PY-SSRF source=djmeta propagation=helper_validate_raise sink=v1 expected=false
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def validate(value):
    if not value.isalnum():
        raise ValueError("bad value")
    return value


def handle_ssrf(request):
    param = request.META.get("HTTP_X_P", "")
    bar = validate(param)
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})
