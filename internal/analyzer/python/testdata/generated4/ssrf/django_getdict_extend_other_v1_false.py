# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=getdict shape=extend_other sink=v1 expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00099(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    items = ["safe"]
    items.extend([param, "more"])
    bar = items[2]
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00099/", benchmark_test_00099),
]
