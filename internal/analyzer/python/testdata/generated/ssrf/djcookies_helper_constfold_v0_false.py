# generated case: rule=PY-SSRF source=djcookies propagation=helper_constfold sink=v0 expected=false
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def choose(value):
    if len("abc") > 5:
        return value
    return "safe"


def handle_ssrf(request):
    param = request.COOKIES.get("p", "")
    bar = choose(param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})
