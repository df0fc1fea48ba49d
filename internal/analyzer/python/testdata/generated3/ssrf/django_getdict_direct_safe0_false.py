# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=getdict propagation=direct sink=safe0 expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00403(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    resp = requests.get("https://api.example.com/search", params={"q": bar}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00403/", benchmark_test_00403),
]
