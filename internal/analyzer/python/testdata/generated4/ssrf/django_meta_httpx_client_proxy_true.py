# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=meta shape=httpx_client_proxy sink=specific expected=true
import httpx

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00474(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    with httpx.Client(proxy="http://egress.internal:3128") as client:
        result = client.get(bar).status_code  # want: PY-SSRF
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00474/", benchmark_test_00474),
]
