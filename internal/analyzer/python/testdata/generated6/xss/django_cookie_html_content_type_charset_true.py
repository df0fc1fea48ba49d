# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=cookie shape=html_content_type_charset sink=specific expected=true
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00387(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return HttpResponse("<b>" + bar + "</b>", content_type="text/html; charset=utf-8")  # want: PY-XSS


urlpatterns = [
    path("00387/", benchmark_test_00387),
]
