# XSS FALSE: Django format_html escapes its arguments
from django.http import HttpResponse
from django.utils.html import escape, format_html


def unsubscribe(request):
    email = request.GET.get("email", "")
    return HttpResponse(format_html("<p>{} has been unsubscribed.</p>", email))


def greet(request):
    return HttpResponse("<p>Hello " + escape(request.GET.get("name", "")) + "</p>")
