# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=cookie propagation=match_const_taint sink=v0 expected=true
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00236(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    return HttpResponse("<p>Formatted like: " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00236/", benchmark_test_00236),
]
