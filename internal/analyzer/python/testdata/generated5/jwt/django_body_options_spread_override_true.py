# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=body shape=options_spread_override expected=true
import json
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]
BASE_OPTIONS = {"require": ["exp", "sub"]}


def benchmark_test_00226(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={**BASE_OPTIONS, "verify_signature": False})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00226/", benchmark_test_00226),
]
