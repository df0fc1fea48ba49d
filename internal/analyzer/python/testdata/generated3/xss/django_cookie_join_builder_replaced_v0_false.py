# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=cookie propagation=join_builder_replaced sink=v0 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00226(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00226/", benchmark_test_00226),
]
