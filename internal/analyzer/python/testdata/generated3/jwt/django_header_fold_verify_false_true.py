# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=header variant=fold_verify_false expected=true
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00777(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    verify = (7 * 18) + 106 < 200
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00777/", benchmark_test_00777),
]
