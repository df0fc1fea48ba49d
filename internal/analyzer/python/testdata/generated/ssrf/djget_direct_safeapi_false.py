# generated case: rule=PY-SSRF source=djget propagation=direct sink=safe-api expected=false
import requests

from django.http import JsonResponse

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def handle_ssrf(request):
    param = request.GET.get("p", "")
    bar = param
    resp = requests.get("https://api.example.com/search", params={"q": bar}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})
