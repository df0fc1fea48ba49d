# generated case: rule=PY-SSRF source=djpost propagation=method_const sink=v1 expected=false
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Thing:
    def do_something(self, value):
        return "safe!"


def handle_ssrf(request):
    param = request.POST["p"]
    bar = Thing().do_something(param)
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})
