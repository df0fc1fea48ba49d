# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=paramnames shape=jose_jws_unverified expected=true
import json

from django.http import JsonResponse
from django.urls import path
from jose import jws


def benchmark_test_00207(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    claims = json.loads(jws.get_unverified_claims(bar))  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00207/", benchmark_test_00207),
]
