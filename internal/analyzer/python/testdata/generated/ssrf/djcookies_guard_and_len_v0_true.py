# generated case: rule=PY-SSRF source=djcookies propagation=guard_and_len sink=v0 expected=true
import requests

from django.http import HttpResponseBadRequest, JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


ALLOWED = ("alpha", "beta", "gamma")


def handle_ssrf(request):
    param = request.COOKIES.get("p", "")
    bar = param
    if bar not in ALLOWED and len(bar) > 100:
        return HttpResponseBadRequest("invalid")
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": result})
