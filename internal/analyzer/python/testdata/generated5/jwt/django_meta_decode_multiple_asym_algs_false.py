# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=meta shape=decode_multiple_asym_algs expected=false
import jwt

from django.http import JsonResponse
from django.urls import path

PUBLIC_KEY = open("/etc/app/jwt-public.pem").read()


def benchmark_test_00217(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    claims = jwt.decode(bar, PUBLIC_KEY, algorithms=["RS256", "ES256"], audience="api")
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00217/", benchmark_test_00217),
]
