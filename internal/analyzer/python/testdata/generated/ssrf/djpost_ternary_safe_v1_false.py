# generated case: rule=PY-SSRF source=djpost propagation=ternary_safe sink=v1 expected=false
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def handle_ssrf(request):
    param = request.POST["p"]
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})
