# generated case (gen_cases4): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=header shape=pyjwt_instance_unverified sink=config expected=true
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00603(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    claims = jwt.PyJWT().decode(bar, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00603/", benchmark_test_00603),
]
