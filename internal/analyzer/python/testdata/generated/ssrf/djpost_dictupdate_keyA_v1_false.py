# generated case: rule=PY-SSRF source=djpost propagation=dictupdate_keyA sink=v1 expected=false
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def handle_ssrf(request):
    param = request.POST["p"]
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyA"]
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})
