# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=header shape=jsonify sink=specific expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00420(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    return JsonResponse({"name": bar})


urlpatterns = [
    path("00420/", benchmark_test_00420),
]
