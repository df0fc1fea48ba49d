# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=header variant=httpx_verify_false expected=true
import httpx

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00749(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    with httpx.Client(verify=False, proxy="http://egress.internal:3128") as client:  # want: PY-TLS-VERIFY-OFF
        result = client.get("https://partner.example.com/api/lookup", params={"q": bar}).status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00749/", benchmark_test_00749),
]
