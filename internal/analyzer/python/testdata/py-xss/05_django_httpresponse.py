# XSS: Django view puts a GET parameter into an HttpResponse body
from django.http import HttpResponse


def unsubscribe(request):
    email = request.GET.get("email", "")
    return HttpResponse(f"<p>{email} has been unsubscribed.</p>")  # want: PY-XSS
