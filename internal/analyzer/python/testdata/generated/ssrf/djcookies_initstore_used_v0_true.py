# generated case: rule=PY-SSRF source=djcookies propagation=initstore_used sink=v0 expected=true
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def value(self):
        return self._value


def handle_ssrf(request):
    param = request.COOKIES.get("p", "")
    holder = Holder(param)
    bar = holder.value()
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": result})
