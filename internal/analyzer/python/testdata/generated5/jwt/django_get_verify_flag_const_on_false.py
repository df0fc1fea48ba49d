# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=get shape=verify_flag_const_on expected=false
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]
VERIFY_JWT = True


def benchmark_test_00203(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": VERIFY_JWT})
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00203/", benchmark_test_00203),
]
