# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=meta propagation=direct sink=safe1 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00234(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    return HttpResponse("Formatted like: " + bar, content_type="text/plain")


urlpatterns = [
    path("00234/", benchmark_test_00234),
]
