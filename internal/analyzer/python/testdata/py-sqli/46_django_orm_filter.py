# SQLi FALSE: Django ORM filter()/icontains with request data (ORM parameterizes)
from django.http import JsonResponse

from .models import Book


def search_books(request):
    author = request.GET.get("author", "")
    title = request.GET.get("title", "")
    books = Book.objects.filter(author=author, title__icontains=title).order_by("-published")
    return JsonResponse({"books": [b.title for b in books]})
