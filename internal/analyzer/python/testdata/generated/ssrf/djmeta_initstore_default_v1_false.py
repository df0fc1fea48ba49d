# generated case: rule=PY-SSRF source=djmeta propagation=initstore_default sink=v1 expected=false
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def default(self):
        return self._default


def handle_ssrf(request):
    param = request.META.get("HTTP_X_P", "")
    holder = Holder(param)
    bar = holder.default()
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})
