# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=pathparam propagation=direct sink=safe1 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00260(request, test_id):
    param = test_id
    bar = param
    return HttpResponse("Formatted like: " + bar, content_type="text/plain")


urlpatterns = [
    path("00260/<str:test_id>/", benchmark_test_00260),
]
