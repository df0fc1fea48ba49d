# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=meta shape=bleach_clean sink=specific expected=false
import bleach

from django.http import HttpResponse
from django.urls import path


def benchmark_test_00376(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    return HttpResponse("<div>" + bleach.clean(bar) + "</div>")


urlpatterns = [
    path("00376/", benchmark_test_00376),
]
