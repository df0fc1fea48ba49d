# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=post variant=algorithms_none expected=true
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00772(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["none"])  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00772/", benchmark_test_00772),
]
