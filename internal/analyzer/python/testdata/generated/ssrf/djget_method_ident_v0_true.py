# generated case: rule=PY-SSRF source=djget propagation=method_ident sink=v0 expected=true
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Thing:
    def do_something(self, value):
        return value


def handle_ssrf(request):
    param = request.GET.get("p", "")
    bar = Thing().do_something(param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": result})
