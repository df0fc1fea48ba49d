# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=get propagation=ternary_fold_taint sink=v0 expected=true
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00218(request):
    param = request.GET.get("BenchmarkTest", "")
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    return HttpResponse("<p>Formatted like: " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00218/", benchmark_test_00218),
]
