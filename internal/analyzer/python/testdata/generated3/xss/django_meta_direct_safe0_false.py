# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=meta propagation=direct sink=safe0 expected=false
from django.http import HttpResponse
from django.urls import path
from django.utils.html import escape


def benchmark_test_00246(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    return HttpResponse("<p>Formatted like: " + escape(bar) + "</p>")


urlpatterns = [
    path("00246/", benchmark_test_00246),
]
