# generated case: rule=PY-SSRF source=djcookies propagation=ternary_taint sink=v0 expected=true
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def handle_ssrf(request):
    param = request.COOKIES.get("p", "")
    num = 106
    bar = "This_should_never_happen" if (7 * 18) + num < 200 else param
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": result})
