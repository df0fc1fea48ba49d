# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=meta shape=csrf_secret expected=false
import secrets

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00437(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    request.session["csrf"] = secrets.token_hex(16)
    result = len(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00437/", benchmark_test_00437),
]
