# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=pathparam propagation=allowlist_ternary sink=v0 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00242(request, test_id):
    param = test_id
    bar = param if param in ("alpha", "beta") else "alpha"
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00242/<str:test_id>/", benchmark_test_00242),
]
