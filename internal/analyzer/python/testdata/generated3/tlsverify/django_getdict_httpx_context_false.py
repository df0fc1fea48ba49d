# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=getdict variant=httpx_context expected=false
import httpx
import ssl

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00767(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    with httpx.Client(verify=ssl.create_default_context(), proxy="http://egress.internal:3128") as client:
        result = client.get("https://partner.example.com/api/lookup", params={"q": bar}).status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00767/", benchmark_test_00767),
]
