# generated case: rule=PY-SSRF source=djmeta propagation=guard_inverted sink=v1 expected=true
import requests

from django.http import HttpResponseBadRequest, JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


ALLOWED = ("alpha", "beta", "gamma")


def handle_ssrf(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    if bar in ALLOWED:
        return HttpResponseBadRequest("invalid")
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": result})
