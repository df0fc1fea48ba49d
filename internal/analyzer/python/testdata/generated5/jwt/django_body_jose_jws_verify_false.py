# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=body shape=jose_jws_verify expected=false
import json
import os

from django.http import JsonResponse
from django.urls import path
from jose import jws

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00208(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    payload = jws.verify(bar, JWT_KEY, algorithms=["HS256"])
    result = json.loads(payload).get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00208/", benchmark_test_00208),
]
