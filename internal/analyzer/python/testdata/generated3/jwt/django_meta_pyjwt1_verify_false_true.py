# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=meta variant=pyjwt1_verify_false expected=true
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00778(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    claims = jwt.decode(bar, verify=False)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00778/", benchmark_test_00778),
]
