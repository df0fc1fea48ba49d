# generated case: rule=PY-SSRF source=djget propagation=isdigit_guard sink=v0 expected=false
import requests

from django.http import HttpResponseBadRequest, JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def handle_ssrf(request):
    param = request.GET.get("p", "")
    bar = param
    if not bar.isdigit():
        return HttpResponseBadRequest("invalid")
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})
