# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=cookie propagation=direct sink=safe1 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00248(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return HttpResponse("Formatted like: " + bar, content_type="text/plain")


urlpatterns = [
    path("00248/", benchmark_test_00248),
]
