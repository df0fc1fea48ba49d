# generated case: rule=PY-SSRF source=djpost propagation=guard_other_var sink=v1 expected=true
import requests

from django.http import HttpResponseBadRequest, JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


ALLOWED = ("alpha", "beta", "gamma")


def handle_ssrf(request):
    param = request.POST["p"]
    bar = param
    other = "alpha"
    if other not in ALLOWED:
        return HttpResponseBadRequest("invalid")
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": result})
