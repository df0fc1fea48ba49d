# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=pathparam shape=format_html sink=specific expected=false
from django.http import HttpResponse
from django.urls import path
from django.utils.html import format_html


def benchmark_test_00424(request, test_id):
    param = test_id
    bar = param
    return HttpResponse(format_html("<p>Hello {}</p>", bar))


urlpatterns = [
    path("00424/<str:test_id>/", benchmark_test_00424),
]
