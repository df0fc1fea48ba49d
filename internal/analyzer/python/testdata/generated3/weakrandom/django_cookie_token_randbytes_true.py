# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=cookie variant=token_randbytes expected=true
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00721(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    csrf_token = random.randbytes(16).hex()  # want: PY-WEAK-RANDOM
    result = len(csrf_token + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00721/", benchmark_test_00721),
]
