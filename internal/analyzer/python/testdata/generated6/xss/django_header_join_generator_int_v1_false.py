# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=header shape=join_generator_int sink=v1 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00209(request):
    param = request.headers.get("X-Benchmark", "")
    bar = "-".join(str(int(p)) for p in param.split(","))
    return HttpResponse(bar)


urlpatterns = [
    path("00209/", benchmark_test_00209),
]
